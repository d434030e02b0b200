import { NotBuilt } from '../../common/NotBuilt';

// Placeholder: replaced by the feature's issue.
export function TodayPage() {
  return <NotBuilt />;
}
