import { useCallback, useState } from 'react';

const KEY = 'tomari.training.staff';

function read(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/**
 * Who is recording, remembered for the browser session only: the care-staff PC is shared, so
 * the name must not outlive the shift's window.
 */
export function useStaffName(): [string, (name: string) => void] {
  const [name, setName] = useState(read);
  const update = useCallback((next: string) => {
    setName(next);
    try {
      sessionStorage.setItem(KEY, next);
    } catch {
      // Storage can be unavailable (private mode); the name then lives only in this page.
    }
  }, []);
  return [name, update];
}
