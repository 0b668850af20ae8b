import { Bi } from './bilingual';
import { VerifyLayout } from './verify-layout';

/** While the page's own code downloads (a slow connection): already bilingual, in the page's frame. */
export function VerifyLoading() {
  return (
    <VerifyLayout>
      <p className="loading-panel" role="status">
        <span className="spinner" aria-hidden="true" />
        <Bi k="common.loading" />
      </p>
    </VerifyLayout>
  );
}
