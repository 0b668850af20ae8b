import type { HTMLAttributes, ReactNode } from 'react';

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  title?: ReactNode;
  /** The heading level of the title, to keep the page outline right. */
  titleLevel?: 2 | 3;
}

export function Card({ title, titleLevel = 2, className, children, ...rest }: CardProps) {
  const Heading = titleLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={['card', className ?? ''].filter(Boolean).join(' ')} {...rest}>
      {title && <Heading className="card__title">{title}</Heading>}
      {children}
    </section>
  );
}
