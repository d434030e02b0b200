/** The emergency planner of DESIGN.md §2 ("Emergency priority"). */
export {
  planEmergency,
  type EmergencyRequest,
  type PlanResult,
  type PlanSnapshot,
} from './plan-emergency';
export { MAX_OFFERS, OFFER_HORIZON_DAYS, planWindow } from './window';
