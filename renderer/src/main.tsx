// First (index.html also runs it on its own, earlier): the token and a session handed over in
// the address, who is signed in, and the first screen's reads.
import './start';
import { knownAtStart, queryClient, signedInAtStart, startData } from './app/startEarly';
// Then i18n: every component renders text through it from the very first frame.
import { languageReady } from './i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

// The app is drawn when the first screen's data is in (startEarly waits for it, never long),
// and its language (English loads its text first): the shell and the calendar then appear
// together, drawn once.
void Promise.all([startData, languageReady]).then(() => {
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} signedIn={signedInAtStart} known={knownAtStart()} />
    </StrictMode>,
  );
});
