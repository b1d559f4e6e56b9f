import { ArrowDown, ArrowRight, ArrowUp } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useSignedNumber } from './useSignedNumber.js';

interface Props {
  delta: number;
  testId?: string;
}

/** An emotion change with its sign, an arrow and a word for its direction: "↑ +1.5". */
export function EmotionDelta({ delta, testId }: Props) {
  const { t } = useTranslation('compare');
  const signed = useSignedNumber();
  const text = signed(delta);
  const direction = Math.round(Math.abs(delta) * 10) === 0 ? 'same' : delta > 0 ? 'up' : 'down';
  const Icon = direction === 'up' ? ArrowUp : direction === 'down' ? ArrowDown : ArrowRight;
  return (
    <span className={`cmp-delta cmp-delta--${direction}`} data-testid={testId}>
      <Icon size={14} aria-hidden="true" strokeWidth={2.5} />
      <span>{text}</span>
      <span className="visually-hidden"> ({t(`delta.${direction}`)})</span>
    </span>
  );
}
