import { useEffect, useLayoutEffect, useRef, type ComponentPropsWithoutRef } from 'react';

function fitHeight(element: HTMLTextAreaElement) {
  element.style.height = 'auto';
  element.style.height = `${element.scrollHeight + 2}px`;
}

/** A one-line textarea that grows with its text (and its width), so long list items stay readable. */
export function AutoGrowTextarea(props: ComponentPropsWithoutRef<'textarea'>) {
  const ref = useRef<HTMLTextAreaElement>(null);

  useLayoutEffect(() => {
    if (ref.current) fitHeight(ref.current);
  }, [props.value]);

  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      fitHeight(element);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return <textarea ref={ref} rows={1} {...props} />;
}
