import { Equal, Minus, PencilLine, Plus, type LucideIcon } from 'lucide-react';
import type { CardMark } from './buildCardMarks.js';

/** One icon per kind of difference, so a mark never relies on colour alone. */
export const MARK_ICONS: Record<CardMark['kind'], LucideIcon> = {
  added: Plus,
  removed: Minus,
  changed: PencilLine,
  unchanged: Equal,
};
