import { pickEmotionColour } from './emotionColours.js';

export interface EmotionFaceProps {
  x: number;
  y: number;
  emotion: number;
  radius?: number;
}

/** A small face at a point of the curve: the colour and the mouth (smile, straight, frown) show the emotion. */
export function EmotionFace({ x, y, emotion, radius = 10 }: EmotionFaceProps) {
  const mouthWidth = radius * 0.5;
  const mouthY = y + radius * 0.3;
  const bend = (Math.max(-3, Math.min(3, emotion)) / 3) * radius * 0.38;
  const mouth = `M${x - mouthWidth},${mouthY - bend / 2} Q${x},${mouthY + bend * 1.2} ${x + mouthWidth},${mouthY - bend / 2}`;
  return (
    <g className="emotion-face" aria-hidden="true">
      <circle cx={x} cy={y} r={radius} fill={pickEmotionColour(emotion)} stroke="#fff" strokeWidth={2} />
      <circle cx={x - radius * 0.35} cy={y - radius * 0.22} r={radius * 0.12} fill="#fff" />
      <circle cx={x + radius * 0.35} cy={y - radius * 0.22} r={radius * 0.12} fill="#fff" />
      <path d={mouth} fill="none" stroke="#fff" strokeWidth={1.6} strokeLinecap="round" />
    </g>
  );
}
