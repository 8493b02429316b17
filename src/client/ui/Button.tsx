// The one button: a native <button> (keyboard and focus for free) with a visual
// variant. Never a div with a click handler.
import type { ButtonHTMLAttributes } from 'react';

export type Variant = 'primary' | 'secondary' | 'danger' | 'quiet';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { readonly variant?: Variant };

export const Button = ({ variant = 'secondary', className, type = 'button', ...rest }: Props) => (
  <button {...rest} type={type} className={`btn btn--${variant}${className ? ` ${className}` : ''}`} />
);
