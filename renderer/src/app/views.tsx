import type { ReactNode } from 'react';
import { WeekBoard } from '../features/week/WeekBoard';

/** The screens the view switch offers, in tab order; each later feature adds one entry. */
export const VIEWS = [{ id: 'week', render: (): ReactNode => <WeekBoard /> }] as const;

export type ViewId = (typeof VIEWS)[number]['id'];
