import Tooltip from '@mui/material/Tooltip';
import type { Stay } from '../../../../shared/domain/schemas';
import { StayTooltip } from './StayTooltip';

interface StayBarTooltipProps {
  /** The id the bar's aria-describedby points at. */
  id: string;
  anchor: HTMLElement;
  stay: Stay;
  name: string;
  onClose: () => void;
}

/**
 * The tooltip of the one bar being hovered or focused, mounted only while it shows: a tooltip
 * per bar made drawing a month slow. Placed on the bar itself (the anchor); the empty span is
 * only the child a Tooltip requires.
 */
export function StayBarTooltip({ id, anchor, stay, name, onClose }: StayBarTooltipProps) {
  return (
    <Tooltip
      open
      id={id}
      onClose={onClose}
      placement="top"
      disableInteractive
      title={<StayTooltip stay={stay} name={name} />}
      slotProps={{ popper: { anchorEl: anchor } }}
    >
      <span hidden />
    </Tooltip>
  );
}
