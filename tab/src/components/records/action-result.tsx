import { MessageBar, MessageBarBody } from '@fluentui/react-components';

/** The outcome of a records action, announced to screen readers: what was done, or the API's refusal. */
export type ActionResult = { intent: 'success' | 'error'; text: string } | null;

export function ActionResultBar({ result }: { result: ActionResult }) {
  if (!result) return null;
  return (
    <MessageBar intent={result.intent} role={result.intent === 'error' ? 'alert' : 'status'} layout="multiline">
      <MessageBarBody>{result.text}</MessageBarBody>
    </MessageBar>
  );
}
