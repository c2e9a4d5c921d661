import { CircleCheck, Info, TriangleAlert } from 'lucide-react';
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import type { CalloutTone } from '@cocon/shared';

const TONES: Record<CalloutTone, { label: string; Icon: typeof Info }> = {
  info: { label: 'Information', Icon: Info },
  warning: { label: 'Attention', Icon: TriangleAlert },
  success: { label: 'Réussite', Icon: CircleCheck },
};

/** An "encadré": its tone is written ("Attention") next to an icon, so it never depends on colour. */
export function CalloutView({ node }: ReactNodeViewProps) {
  const tone: CalloutTone = node.attrs.tone in TONES ? (node.attrs.tone as CalloutTone) : 'info';
  const { label, Icon } = TONES[tone];
  return (
    <NodeViewWrapper as="aside" className="callout" data-tone={tone} data-callout="">
      <p className="callout-label" contentEditable={false}>
        <Icon aria-hidden="true" size={20} />
        {label}
      </p>
      <NodeViewContent className="callout-content" />
    </NodeViewWrapper>
  );
}
