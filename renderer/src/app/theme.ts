import { createTheme } from '@mui/material/styles';
import type { StayKind, StayStatus } from '../../../shared/domain/schemas';

/**
 * The app's only colour and spacing decisions. Every foreground/background pair below is at
 * least WCAG AA (4.5:1) for normal text, and colour always comes with a label or an icon, so no
 * meaning rests on colour alone.
 */
interface ColourPair {
  background: string;
  foreground: string;
  border: string;
}

interface TomariTokens {
  stayKind: Record<StayKind, ColourPair>;
  /** How a status marks its cell beyond its label: tentative bookings get a dashed outline. */
  stayStatusBorder: Record<StayStatus, 'solid' | 'dashed'>;
  day: { saturday: string; sunday: string; todayBackground: string };
  focusRing: string;
  boardDayColumnMinWidth: number;
  boardBedColumnMinWidth: number;
  /** The bed calendar (FullCalendar resource timeline). */
  calendar: {
    /** Guests in the facility now: filled solid, so they stand out from bookings. */
    inStay: Record<StayKind, ColourPair>;
    /** Tentative bookings: hatched over the kind's colour (with a dashed border and a label). */
    tentativeStripe: string;
    /** Closed bed periods (beds.blocks), hatched grey with their reason written in. */
    blocked: { background: string; stripe: string; foreground: string };
    /** A night when no bed could take an emergency (with a warning icon and a word). */
    noEmergency: { background: string; foreground: string };
    /** A night short of the beds kept free for emergencies (docs/readiness.md). */
    short: { background: string; foreground: string };
    /** Lanes of Saturdays and of Sundays/holidays (the day header says which in words). */
    lane: { saturday: string; sunday: string; today: string };
    /** The calendar fills the window below it, but is never shorter than this (px). */
    minHeight: number;
  };
}

declare module '@mui/material/styles' {
  interface Theme {
    tomari: TomariTokens;
  }
  interface ThemeOptions {
    tomari?: TomariTokens;
  }
}

const focusRing = '#ffbf47';

// A thick yellow ring with a dark halo stays visible on light and dark (app bar) surfaces alike.
const focusVisibleStyle = {
  outline: `3px solid ${focusRing}`,
  outlineOffset: '2px',
  boxShadow: '0 0 0 5px #1a1a1a',
};

const tomari: TomariTokens = {
  stayKind: {
    // #8c1d18 on #fdecea ≈ 8.4:1
    emergency: { background: '#fdecea', foreground: '#8c1d18', border: '#c62828' },
    // #0b4a8b on #e6f0fb ≈ 8.0:1
    experience: { background: '#e6f0fb', foreground: '#0b4a8b', border: '#1565c0' },
  },
  stayStatusBorder: {
    tentative: 'dashed',
    confirmed: 'solid',
    in_stay: 'solid',
    completed: 'solid',
    cancelled: 'dashed',
    bumped: 'dashed',
  },
  // Japanese calendars: Saturday blue, Sunday and holidays red (≈ 5.9:1 and 5.6:1 on white).
  day: { saturday: '#1558b0', sunday: '#c62828', todayBackground: '#fff8e1' },
  focusRing,
  boardDayColumnMinWidth: 120,
  boardBedColumnMinWidth: 200,
  calendar: {
    inStay: {
      // White on #b3261e ≈ 6.5:1; white on #0b4a8b ≈ 9.4:1.
      emergency: { background: '#b3261e', foreground: '#ffffff', border: '#7f1d1d' },
      experience: { background: '#0b4a8b', foreground: '#ffffff', border: '#062c54' },
    },
    tentativeStripe: 'rgba(255, 255, 255, 0.75)',
    // #37474f on #eceff1 ≈ 9:1, the stripes are light enough to keep the reason readable.
    blocked: { background: '#eceff1', stripe: '#cfd8dc', foreground: '#37474f' },
    // #7f1d1d on #fde0dc ≈ 8.6:1
    noEmergency: { background: '#fde0dc', foreground: '#7f1d1d' },
    // #6d4c00 on #ffecb3 ≈ 7.3:1
    short: { background: '#ffecb3', foreground: '#6d4c00' },
    lane: { saturday: '#f0f5fc', sunday: '#fdf1f1', today: '#fff8e1' },
    minHeight: 420,
  },
};

export const theme = createTheme({
  tomari,
  palette: {
    primary: { main: '#1f5f8b' },
    // Amber: the tab indicator and accents must stand out on the primary-blue app bar.
    secondary: { main: '#ffd166', contrastText: '#1a1a1a' },
    error: { main: '#b3261e' },
    // White on #b45309 ≈ 5.0:1 (MUI's orange, #ed6c02, gave white chips 3.1:1).
    warning: { main: '#b45309', contrastText: '#ffffff' },
    background: { default: '#f6f7f9' },
    // Secondary text and the resting colour of toggles and icons: MUI's 0.6 / 0.54 black gave
    // 4.49:1 on the page's grey; 0.64 gives ≥ 5:1 on it and on white.
    text: { secondary: 'rgba(0, 0, 0, 0.64)' },
    action: { active: 'rgba(0, 0, 0, 0.64)' },
  },
  typography: {
    // System Japanese fonts only: the CSP allows no font downloads and the app runs offline.
    fontFamily: [
      '"Hiragino Sans"',
      '"Hiragino Kaku Gothic ProN"',
      '"Yu Gothic UI"',
      '"Meiryo"',
      '"Noto Sans JP"',
      'system-ui',
      'sans-serif',
    ].join(','),
    // Upper-casing does nothing for Japanese and makes English labels shout.
    button: { textTransform: 'none' },
  },
  components: {
    MuiCssBaseline: {
      styleOverrides: {
        '*:focus-visible': focusVisibleStyle,
        // Text for screen readers only (e.g. "free" in an empty calendar cell).
        '.visually-hidden': {
          position: 'absolute',
          width: 1,
          height: 1,
          margin: -1,
          padding: 0,
          overflow: 'hidden',
          clip: 'rect(0 0 0 0)',
          whiteSpace: 'nowrap',
          border: 0,
        },
        // The skip link appears only while it has keyboard focus.
        '.skip-link': {
          position: 'absolute',
          left: 8,
          top: -48,
          zIndex: 2000,
          padding: '8px 16px',
          background: '#ffffff',
          color: '#1a1a1a',
        },
        '.skip-link:focus': { top: 8 },
      },
    },
    MuiButtonBase: {
      // ButtonBase resets the outline itself, so its own focus class must put the ring back.
      styleOverrides: { root: { '&.Mui-focusVisible': focusVisibleStyle } },
    },
    MuiTab: {
      styleOverrides: {
        // Tabs on the app bar: MUI dims the ones not chosen with opacity (3.6:1 on the blue).
        // A light blue-grey at full opacity keeps them apart from the chosen one (white, bold,
        // amber underline) at ≈ 5.4:1.
        textColorInherit: {
          opacity: 1,
          color: '#dbe7f0',
          '&.Mui-selected': { color: '#ffffff', fontWeight: 700 },
        },
      },
    },
    MuiOutlinedInput: {
      styleOverrides: {
        // A field's outline is what shows there is a field (WCAG 1.4.11, 3:1): MUI's 0.23 black
        // is 1.6:1 on white; 0.5 black is 3.9:1 (3.7:1 on the page's grey).
        notchedOutline: { borderColor: 'rgba(0, 0, 0, 0.5)' },
      },
    },
    MuiToggleButton: {
      styleOverrides: {
        // The chosen filter or level: MUI marks it only with an 8% grey. Here it is also blue
        // and bold on light blue (5.4:1), so the choice does not rest on a faint shade.
        root: {
          borderColor: 'rgba(0, 0, 0, 0.5)',
          '&.Mui-selected, &.Mui-selected:hover': {
            color: '#1f5f8b',
            backgroundColor: '#dbe7f0',
            fontWeight: 700,
          },
        },
      },
    },
    MuiTooltip: {
      defaultProps: { arrow: true },
    },
  },
});
