import { Link } from '../../../lib/router';
import { Card } from '../../../components/ui';

/** A friendly dead end with the page's one h1 and a way on. */
export function NotFoundPanel({ title, body, linkTo, linkLabel }: { title: string; body: string; linkTo: string; linkLabel: string }) {
  return (
    <div className="page page--narrow">
      <Card className="courses-not-found">
        <svg className="courses-not-found__art" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
          <rect width="64" height="64" rx="16" fill="#dbeafe" />
          <circle cx="29" cy="29" r="12" fill="none" stroke="#1d4ed8" strokeWidth="4" />
          <path d="m38 38 10 10" stroke="#1d4ed8" strokeWidth="4" strokeLinecap="round" />
        </svg>
        <h1 className="page__title">{title}</h1>
        <p>{body}</p>
        <Link className="btn btn--primary" to={linkTo}>
          {linkLabel}
        </Link>
      </Card>
    </div>
  );
}
