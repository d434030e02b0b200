/** The emergency planner ("Emergency priority" in docs/rules.md). */
export {
  planEmergency,
  type EmergencyRequest,
  type PlanResult,
  type PlanSnapshot,
} from './plan-emergency';
export { MAX_OFFERS, OFFER_HORIZON_DAYS, planWindow } from './window';
