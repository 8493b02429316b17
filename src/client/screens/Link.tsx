// A link inside the app: a real <a href> (open in a new tab, copy, keyboard)
// that navigates without reloading on a plain click.
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from '../routes';

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { readonly href: string };

const plainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

export const Link = ({ href, onClick, ...rest }: LinkProps) => (
  <a
    href={href}
    onClick={(e) => {
      onClick?.(e);
      if (e.defaultPrevented || !plainClick(e)) return;
      e.preventDefault();
      navigate(href);
    }}
    {...rest}
  />
);
