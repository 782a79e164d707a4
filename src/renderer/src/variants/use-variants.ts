/**
 * The name-spelling groups for components, and the decisions that change them. A decision
 * bumps the UI's variants epoch, so searches, reader marks and tooltips ask again.
 */
import { useCallback, useEffect, useState } from 'react';
import { getBridge } from '../api/bridge';
import type { ApiError, VariantsView } from '../contract';
import { useCorpusKey } from '../hooks/use-status';
import { useUi } from '../state/ui-context';
import type { VariantDecisionRequest } from '../../../shared/variant-types';
import { loadVariants, primeVariants, variantsKey } from './variants-cache';

export type { VariantDecisionRequest };

export interface VariantsData {
  view: VariantsView | null;
  error: ApiError | null;
  /** No answer yet for the current corpus version and epoch. */
  loading: boolean;
}

/** Pass `wanted = false` to skip the call (a document without marks). */
export function useVariantsView(wanted = true): VariantsData {
  const corpusKey = useCorpusKey();
  const { state } = useUi();
  const key = variantsKey(corpusKey, state.variantsEpoch);
  const ready = wanted && corpusKey.endsWith(':ready');
  const [answer, setAnswer] = useState<{ key: string; corpus: string; view: VariantsView | null; error: ApiError | null } | null>(null);

  useEffect(() => {
    if (!ready) return;
    let live = true;
    void loadVariants(key).then((res) => {
      if (live) setAnswer({ key, corpus: corpusKey, view: res.ok ? res.value : null, error: res.ok ? null : res.error });
    });
    return () => {
      live = false;
    };
  }, [key, corpusKey, ready]);

  // Groups of another folder mean nothing here; the previous epoch's stay until the new answer.
  const mine = ready && answer?.corpus === corpusKey ? answer : null;
  return { view: mine?.view ?? null, error: mine?.key === key ? mine.error : null, loading: ready && mine?.key !== key };
}

export interface Decider {
  decide(req: VariantDecisionRequest): Promise<boolean>;
  busy: boolean;
  error: ApiError | null;
}

export function useVariantDecisions(): Decider {
  const corpusKey = useCorpusKey();
  const { state, dispatch } = useUi();
  const epoch = state.variantsEpoch;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const decide = useCallback(
    async (req: VariantDecisionRequest) => {
      setBusy(true);
      setError(null);
      const res = await getBridge().decideVariants(req);
      setBusy(false);
      if (!res.ok) {
        setError(res.error);
        return false;
      }
      // The answer is the new table: no second call for it, and no flash of the old one.
      primeVariants(variantsKey(corpusKey, epoch + 1), res.value);
      dispatch({ type: 'variantsDecided' });
      return true;
    },
    [corpusKey, epoch, dispatch],
  );
  return { decide, busy, error };
}
