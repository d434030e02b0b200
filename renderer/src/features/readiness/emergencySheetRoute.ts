/** The print route of a person's 緊急時情報シート (PRINT_ROUTES in app/views.tsx). */
export function emergencySheetRoute(personId: string): string {
  return `/print/emergency-sheet/${personId}`;
}
