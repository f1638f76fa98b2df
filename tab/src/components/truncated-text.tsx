import { makeStyles, mergeClasses, Tooltip } from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

const useStyles = makeStyles({
  text: { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
});

/**
 * A one-line text cut with an ellipsis where its cell ends; the whole text (or `full`, when the line is itself
 * a summary) in a tooltip on hover and focus. The tooltip is a description, so screen readers hear it too.
 */
export function TruncatedText({ text, full, className }: { text: string; full?: string; className?: string }) {
  const styles = useStyles();
  const ref = useRef<HTMLSpanElement>(null);
  const [cut, setCut] = useState(false);
  const whole = full ?? text;
  const measure = () => setCut(!!ref.current && ref.current.scrollWidth > ref.current.clientWidth);
  // After every render (the text or the column may have changed) and when the window is resized.
  useLayoutEffect(measure);
  useEffect(() => {
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);
  const span = (
    <span ref={ref} className={mergeClasses(styles.text, className)}>
      {text}
    </span>
  );
  // Only a text that is cut, or stands for more, needs its tooltip.
  if (whole === text && !cut) return span;
  return (
    <Tooltip content={whole} relationship="description">
      {span}
    </Tooltip>
  );
}
