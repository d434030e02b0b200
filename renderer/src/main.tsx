// i18n first: every component renders text through it from the very first frame.
import './i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureAccessToken } from './api/accessToken';
import { App } from './app/App';

// Before the first API call: in the browser host the token arrives in the URL fragment.
captureAccessToken(window.location, window.history, window.sessionStorage);

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
