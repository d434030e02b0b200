// Material icon shapes (the same as the app's @mui/icons-material icons), as CSS masks for what
// FullCalendar draws itself: the style sheet paints them in the text's colour, so a bar, row or
// heading carries no SVG of its own (an icon element per bar cost real time on every month).
const ICON_PATHS = {
  /** LocalHospital: the emergency kind (as StayKindIcon). */
  emergency: [
    'M19 3H5c-1.1 0-1.99.9-1.99 2L3 19c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2m-1 11h-4v4h-4v-4H6v-4h4V6h4v4h4z',
  ],
  /** Cottage: the experience kind (as StayKindIcon). */
  experience: [
    'M12 3 6 7.58V6H4v3.11L1 11.4l1.21 1.59L4 11.62V21h7v-6h2v6h7v-9.38l1.79 1.36L23 11.4zm-2-2c0 1.66-1.34 3-3 3-.55 0-1 .45-1 1H4c0-1.66 1.34-3 3-3 .55 0 1-.45 1-1z',
  ],
  /** WarningAmber: a night no bed could take an emergency. */
  warning: ['M12 5.99 19.53 19H4.47zM12 2 1 21h22z', 'M13 16h-2v2h2zm0-6h-2v5h2z'],
  /** Block: a closed bed period. */
  block: [
    'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2M4 12c0-4.42 3.58-8 8-8 1.85 0 3.55.63 4.9 1.69L5.69 16.9C4.63 15.55 4 13.85 4 12m8 8c-1.85 0-3.55-.63-4.9-1.69L18.31 7.1C19.37 8.45 20 10.15 20 12c0 4.42-3.58 8-8 8',
  ],
} as const;

export type CalendarIcon = keyof typeof ICON_PATHS;

/** An icon as a CSS `url(…)` of an SVG data address, for `mask-image`. */
export function iconMask(icon: CalendarIcon): string {
  const paths = ICON_PATHS[icon].map((d) => `<path d='${d}'/>`).join('');
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'>${paths}</svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}
