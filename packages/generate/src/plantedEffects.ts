/**
 * The effects the generator plants in its retail journeys, each a named parameter, so that tests (and
 * anyone evaluating the mining engine) can check that the analysis recovers exactly what was put in.
 */
export interface PlantedEffects {
  /** Share of delivered orders that arrive late (a `Delivery Late` event precedes `Order Delivered`). */
  lateDeliveryShare: number;
  /** (a) Points on the 0–10 NPS answer that a late delivery costs (negative lowers the answer). */
  lateDeliveryNpsPoints: number;
  /** Share of first phone calls that resolve the issue (a `First Call Resolved` event follows the call). */
  helpfulFirstCallShare: number;
  /** (b) Points on the 0–10 NPS answer that a helpful (resolving) first call adds. */
  helpfulFirstCallNpsPoints: number;
  /** (c) Share of app checkouts (`Checkout Started` on app) that never reach `Order Placed`. */
  appCheckoutDropShare: number;
  /** (c) The same on the web. */
  webCheckoutDropShare: number;
  /** (d) Share of first phone calls followed by a repeat call (same topic, within 7 days) before the change. */
  repeatCallShareBefore: number;
  /** (d) …and from the change on. */
  repeatCallShareAfter: number;
  /** (d) When the change happens (epoch ms): first calls at or after it use `repeatCallShareAfter`. */
  repeatChangeMs: number;
}

/** The defaults: NPS −3 for a late delivery, +3 for a helpful first call, app checkout drop 35 % vs 10 % on
 * the web, repeat calls 30 % → 15 % from 1 July 2024. */
export const DEFAULT_PLANTED_EFFECTS: Readonly<PlantedEffects> = {
  lateDeliveryShare: 0.2,
  lateDeliveryNpsPoints: -3,
  helpfulFirstCallShare: 0.55,
  helpfulFirstCallNpsPoints: 3,
  appCheckoutDropShare: 0.35,
  webCheckoutDropShare: 0.1,
  repeatCallShareBefore: 0.3,
  repeatCallShareAfter: 0.15,
  repeatChangeMs: Date.UTC(2024, 6, 1),
};
