/** What identity stitching works on: raw ids, shared keys, and the evidence that links them. */

/** A user id (known customer), an anonymous id (device, cookie), or a shared key value. */
export type IdentityNode =
  | { kind: 'user'; id: string }
  | { kind: 'anonymous'; id: string }
  | { kind: 'key'; name: string; value: string };

/** Why two nodes belong to the same customer. */
export type IdentityLinkReason = 'identify' | 'alias' | 'same-event' | 'shared-key';

export interface IdentityLink {
  left: IdentityNode;
  right: IdentityNode;
  reason: IdentityLinkReason;
}

export interface StitchOptions {
  /**
   * Property names whose equal values on events of different ids prove one customer
   * (e.g. `customer_number`, `email_hash`, `phone_hash`). Values are compared exactly after
   * trimming; empty values never link. Default: none.
   */
  sharedKeys?: readonly string[];
}

/** The raw ids merged into one customer. */
export interface MergedIdentity {
  customerId: string;
  /** Sorted; every raw id of the customer that was seen as a userId. */
  userIds: string[];
  /** Sorted; the remaining raw ids (anonymous ids, alias previous ids). */
  anonymousIds: string[];
  /** Sorted `name=value` of the shared keys that took part. */
  sharedKeys: string[];
}

/** The result of stitching: every raw id → one canonical customer id. */
export interface IdentityMap {
  /** Raw id (user or anonymous) → canonical customer id. */
  customerIdOf: ReadonlyMap<string, string>;
  /** Canonical customer id → the ids merged into it. */
  customers: ReadonlyMap<string, MergedIdentity>;
  /** `name=value` of a shared key → canonical customer id, for rows that carry only a key. */
  customerIdOfKey: ReadonlyMap<string, string>;
}
