import type { CalloutTone } from '@cocon/shared/content-rules';
import { CircleCheck, Info, TriangleAlert } from 'lucide-react';

/** Each tone of an "encadré" is written ("Attention") next to an icon, so it never depends on colour. */
export const CALLOUT_TONES: Record<CalloutTone, { label: string; Icon: typeof Info }> = {
  info: { label: 'Information', Icon: Info },
  warning: { label: 'Attention', Icon: TriangleAlert },
  success: { label: 'Réussite', Icon: CircleCheck },
};

export const calloutTone = (tone: unknown): CalloutTone => (typeof tone === 'string' && tone in CALLOUT_TONES ? (tone as CalloutTone) : 'info');
