import { NotBuilt } from '../../common/NotBuilt';

// Placeholder: replaced by the feature's issue.
export function BedSettingsPage() {
  return <NotBuilt />;
}
