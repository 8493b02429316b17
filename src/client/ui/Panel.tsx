// A titled region of the board: a <section> named by its heading, so screen
// reader users can jump between areas (landmarks and headings).
import { useId } from 'react';
import type { ReactNode } from 'react';

type Props = {
  readonly title: ReactNode;
  readonly children: ReactNode;
  readonly level?: 2 | 3;
  readonly className?: string;
  readonly actions?: ReactNode;
};

export const Panel = ({ title, children, level = 2, className, actions }: Props) => {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={`panel${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <div className="panel__head">
        <Heading id={id} className="panel__title">
          {title}
        </Heading>
        {actions}
      </div>
      {children}
    </section>
  );
};
