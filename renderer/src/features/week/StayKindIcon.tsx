import CottageIcon from '@mui/icons-material/Cottage';
import LocalHospitalIcon from '@mui/icons-material/LocalHospital';
import type { SvgIconProps } from '@mui/material/SvgIcon';
import type { StayKind } from '../../../../shared/domain/schemas';

/** The icon that goes with every kind label, so kinds differ by shape as well as colour. */
export function StayKindIcon({ kind, ...props }: { kind: StayKind } & SvgIconProps) {
  return kind === 'emergency' ? (
    <LocalHospitalIcon aria-hidden {...props} />
  ) : (
    <CottageIcon aria-hidden {...props} />
  );
}
