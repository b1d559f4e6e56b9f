import { useFormat } from '../i18n/format.js';

export interface ProgressBarProps {
  /** 0–1, or null while the share is not known yet (shown as an moving bar). */
  value: number | null;
  /** What is progressing, for screen readers ("Importing receipt"). */
  label: string;
  testId?: string;
}

/** A labelled progress bar; screen readers read its name and value (`role="progressbar"`). */
export function ProgressBar({ value, label, testId }: ProgressBarProps) {
  const format = useFormat();
  const share = value === null ? null : Math.min(1, Math.max(0, value));
  const text = share === null ? undefined : format.number(share, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <div className="data-progress" data-testid={testId}>
      <div
        className={share === null ? 'data-progress-track indeterminate' : 'data-progress-track'}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        {...(share !== null ? { 'aria-valuenow': Math.round(share * 100), 'aria-valuetext': text } : {})}
      >
        <div className="data-progress-fill" style={share === null ? undefined : { width: `${share * 100}%` }} />
      </div>
      {text && (
        <span className="data-progress-value" aria-hidden="true">
          {text}
        </span>
      )}
    </div>
  );
}
