// Placeholder: the emergency intake button and dialog (issue 3) render here, in the top bar.
export function EmergencyButton() {
  return null;
}
