import { Link } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTab } from '../app/tab-context';

/** A link between the tab's own pages: a real href (open in new tab works), navigated without a reload. */
export function AppLink({
  href,
  current,
  className,
  children,
}: {
  href: string;
  current?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const { navigate } = useTab();
  return (
    <Link
      href={href}
      {...(className ? { className } : {})}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </Link>
  );
}
