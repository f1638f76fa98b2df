import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { FailedMessageDto } from '@netvaerk/shared/api/api-types';
import { useText } from '../app/tab-context';

/** Cards the bot could not deliver, so the leader or director can follow up by other means. */
export function FailedMessages({ messages }: { messages: FailedMessageDto[] }) {
  const { t, dateTime } = useText();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('tab.failed.title')}</MessageBarTitle>
        <ul>
          {messages.map((m) => (
            <li key={m.id}>
              {t('tab.failed.line', {
                card: m.card,
                target: m.target,
                when: dateTime(m.createdAt),
                attempts: m.attempts,
                error: m.lastError,
              })}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
