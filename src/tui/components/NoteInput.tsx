import { Text } from 'ink';

export interface NoteInputProps {
  draft: string;
  subject: string;
  width: number;
}

/** The note being typed, in the footer. */
export function NoteInput({ draft, subject, width }: NoteInputProps) {
  const hint = '  Enter save · Esc cancel';
  const label = `Note on “${subject}”: `;
  // Keep the end of a long draft (where the cursor is) in view.
  const room = Math.max(10, width - label.length - hint.length - 1);
  const visible = draft.length > room ? `…${draft.slice(draft.length - room + 1)}` : draft;
  return (
    <Text wrap="truncate-start">
      <Text bold>{label}</Text>
      {visible}
      <Text inverse> </Text>
      {hint}
    </Text>
  );
}
