// Text for screen readers only: present in the accessibility tree, off screen.
import type { ReactNode } from 'react';

export const VisuallyHidden = ({ children }: { readonly children: ReactNode }) => <span className="vh">{children}</span>;
