import {
  selectProcessMap,
  type ProcessMapInput,
  type ProcessMapSelection,
  type ProcessMapShares,
} from '@trailmap/viz';
import { apiRequest, type ApiIssue } from '../../../api/client.js';

/** `…/variants`: the variants of the filter, most frequent first. */
export interface VariantsAnswer {
  /** Distinct variants in the filter (before the limit). */
  total: number;
  cases: number;
  variants: { activities: string[]; cases: number; shareOfCases: number }[];
}

/** How many variants the map's hidden shares were counted over. */
export interface VariantsCount {
  /** Variants in the filter. */
  total: number;
  /** Variants read (the API gives at most `ALL_VARIANTS`). */
  read: number;
}

/** The input of one map without its variants, which the selection side reads itself from `variantsUrl`. */
export type InputWithoutVariants = Omit<ProcessMapInput, 'variants'>;

export type SelectionRequest =
  /** Start reading the variants of a filter (they are large; reading starts before the rest is there). */
  | { type: 'prefetch'; variantsUrl: string }
  /** One map's input: the small answers, and where its variants are. */
  | { type: 'input'; inputId: number; variantsUrl: string; input: InputWithoutVariants }
  | { type: 'select'; inputId: number; requestId: number; shares: ProcessMapShares };

/** An error as it crosses threads: ApiError's fields, or a message. */
export interface SerializedError {
  status?: number;
  code?: string;
  message: string;
  issues?: ApiIssue[];
}

export type SelectionReply =
  | {
      type: 'selection';
      inputId: number;
      requestId: number;
      selection: ProcessMapSelection;
      variants: VariantsCount;
    }
  | { type: 'error'; inputId: number; requestId: number; error: SerializedError };

/** Inputs and variant answers a selection side keeps (the map's current one, and a few to go back to). */
const KEEP = 4;

/**
 * What answers the sliders: reads the variants (megabytes of JSON for a large log), builds each map's
 * input once and selects from it. It runs in a worker (processMapSelection.worker.ts), so that neither
 * the reading nor the first counting of the variants holds up the page; the same code runs in the page
 * where no worker can start.
 */
export function createSelectionHandler(post: (reply: SelectionReply) => void) {
  const variants = new Map<string, Promise<VariantsAnswer>>();
  const inputs = new Map<number, Promise<{ input: ProcessMapInput; variants: VariantsCount }>>();
  const keep = <K, V>(map: Map<K, V>, key: K, value: V) => {
    map.delete(key);
    map.set(key, value);
    while (map.size > KEEP) map.delete(map.keys().next().value as K);
  };
  const read = (url: string): Promise<VariantsAnswer> => {
    let answer = variants.get(url);
    if (!answer) {
      answer = apiRequest<VariantsAnswer>('GET', url);
      // a failed read is tried again next time
      answer.catch(() => variants.delete(url));
    }
    keep(variants, url, answer);
    return answer;
  };
  return (request: SelectionRequest): void => {
    if (request.type === 'prefetch') {
      read(request.variantsUrl).catch(() => undefined);
    } else if (request.type === 'input') {
      const input = read(request.variantsUrl).then((answer) => ({
        input: { ...request.input, variants: answer.variants },
        variants: { total: answer.total, read: answer.variants.length },
      }));
      input.catch(() => undefined);
      keep(inputs, request.inputId, input);
    } else {
      const { inputId, requestId, shares } = request;
      const input = inputs.get(inputId);
      if (!input) {
        post({ type: 'error', inputId, requestId, error: { message: 'the map’s data is no longer held' } });
        return;
      }
      input.then(
        (ready) =>
          post({
            type: 'selection',
            inputId,
            requestId,
            selection: selectProcessMap(ready.input, shares),
            variants: ready.variants,
          }),
        (error: unknown) => post({ type: 'error', inputId, requestId, error: serializeError(error) }),
      );
    }
  };
}

export function serializeError(error: unknown): SerializedError {
  if (typeof error === 'object' && error !== null) {
    const e = error as { status?: unknown; code?: unknown; message?: unknown; issues?: unknown };
    return {
      ...(typeof e.status === 'number' ? { status: e.status } : {}),
      ...(typeof e.code === 'string' ? { code: e.code } : {}),
      message: typeof e.message === 'string' ? e.message : String(error),
      ...(Array.isArray(e.issues) ? { issues: e.issues as ApiIssue[] } : {}),
    };
  }
  return { message: String(error) };
}
