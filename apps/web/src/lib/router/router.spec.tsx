import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { lazy, Suspense, useLayoutEffect, useState, type ComponentType } from 'react';
import {
  BrowserRouter,
  Link,
  MemoryRouter,
  Navigate,
  NavLink,
  Outlet,
  Route,
  Routes,
  useLocation,
  useNavigate,
  useParams,
  useSearchParams,
  type Location,
  type NavigateFunction,
  type NavigateOptions,
} from '.';

/** Hands the router's location and navigate to the test, as renderCoursesApp does. */
function probe() {
  const handle = { location: undefined as Location | undefined, navigate: undefined as NavigateFunction | undefined };
  function Probe() {
    handle.location = useLocation();
    handle.navigate = useNavigate();
    return null;
  }
  const url = () => (handle.location ? `${handle.location.pathname}${handle.location.search}${handle.location.hash}` : '');
  const go = (to: string | number, options?: NavigateOptions) => act(() => (typeof to === 'number' ? handle.navigate!(to) : handle.navigate!(to, options)));
  return { Probe, handle, url, go };
}

/**
 * Clicks as a user would and says whether the router took the click (prevented the browser's own
 * navigation). Afterwards the browser's navigation is stopped anyway, which jsdom cannot do.
 */
function click(element: Element, init?: MouseEventInit): boolean {
  let taken = false;
  // On window, so it runs after React's listener on the root.
  const after = (event: Event) => {
    taken = event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', after);
  fireEvent.click(element, init);
  window.removeEventListener('click', after);
  return taken;
}

function ShowParams({ name }: { name: string }) {
  return <p data-testid="page">{`${name} ${JSON.stringify(useParams())}`}</p>;
}
const page = () => screen.getByTestId('page').textContent;

function Layout() {
  // Counts its mounts: moving between child routes must keep the layout as it is.
  const [mountedAt] = useState(() => ++layoutMounts);
  return (
    <div>
      <h1>{`layout ${mountedAt}`}</h1>
      <Outlet />
    </div>
  );
}
let layoutMounts = 0;

/** The app's table (app/router.tsx) in small, plus the cases the ranking has to get right. */
function Table() {
  return (
    <Routes>
      <Route path="/login" element={<ShowParams name="login" />} />
      <Route path="/verify/:code" element={<ShowParams name="verify" />} />
      <Route element={<Layout />}>
        <Route index element={<ShowParams name="home" />} />
        {/* Before the routes it must lose to, so only the ranking can make them win. */}
        <Route path="*" element={<ShowParams name="not-found" />} />
        <Route path="courses/:courseId" element={<ShowParams name="course" />} />
        <Route path="courses" element={<ShowParams name="catalogue" />} />
        <Route path="courses/new" element={<ShowParams name="new-course" />} />
        <Route path="courses/:courseId/lessons/:lessonId" element={<ShowParams name="lesson" />} />
        <Route path="attempts">
          <Route path=":attemptId" element={<ShowParams name="attempt" />} />
        </Route>
      </Route>
    </Routes>
  );
}

function renderAt(path: string, ui = <Table />) {
  const { Probe, ...rest } = probe();
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      {ui}
      <Probe />
    </MemoryRouter>,
  );
  return { ...view, ...rest };
}

describe('the router: matching', () => {
  it.each([
    ['/', 'home {}'],
    ['/login', 'login {}'],
    ['/verify/7KQ2%20MX9D', 'verify {"code":"7KQ2 MX9D"}'],
    ['/courses', 'catalogue {}'],
    ['/courses/', 'catalogue {}'],
    ['/Courses', 'catalogue {}'],
    ['/courses/c-1', 'course {"courseId":"c-1"}'],
    ['/courses/new', 'new-course {}'],
    ['/courses/%E0%BA%A5%E0%BA%B2%E0%BA%A7', 'course {"courseId":"ລາວ"}'],
    ['/courses/c-1/lessons/l-2', 'lesson {"courseId":"c-1","lessonId":"l-2"}'],
    ['/courses/c-1/lessons', 'not-found {"*":"courses/c-1/lessons"}'],
    ['/attempts/a-9', 'attempt {"attemptId":"a-9"}'],
    ['/nowhere/at/all', 'not-found {"*":"nowhere/at/all"}'],
    ['/verify', 'not-found {"*":"verify"}'],
  ])('shows %s as %s', (path, expected) => {
    renderAt(path);
    expect(page()).toBe(expected);
  });

  it('matches a parent route with a path by itself, with an empty outlet, as react-router does', () => {
    renderAt('/attempts');
    expect(screen.getByRole('heading').textContent).toMatch(/^layout/);
    expect(screen.queryByTestId('page')).toBeNull();
  });

  it('nests a child in its pathless layout, which stays mounted from one child to the next', () => {
    layoutMounts = 0;
    const { go } = renderAt('/');
    expect(screen.getByRole('heading').textContent).toBe('layout 1');
    go('/courses/c-1');
    expect(page()).toBe('course {"courseId":"c-1"}');
    go('/nowhere');
    expect(page()).toBe('not-found {"*":"nowhere"}');
    expect(screen.getByRole('heading').textContent).toBe('layout 1');
    go('/login');
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('gives a layout the params of the child it shows, as react-router does', () => {
    function Crumb() {
      return (
        <>
          <p data-testid="crumb">{useParams().courseId ?? 'none'}</p>
          <Outlet />
        </>
      );
    }
    renderAt(
      '/courses/c-7',
      <Routes>
        <Route element={<Crumb />}>
          <Route path="courses/:courseId" element={<p>course</p>} />
        </Route>
      </Routes>,
    );
    expect(screen.getByTestId('crumb').textContent).toBe('c-7');
  });

  it('renders nothing when no route matches, and a route without element renders its children', () => {
    const { container, go } = renderAt(
      '/a/b',
      <Routes>
        <Route path="a">
          <Route path="b" element={<p>b</p>} />
        </Route>
      </Routes>,
    );
    expect(container.textContent).toBe('b');
    go('/c');
    expect(container.textContent).toBe('');
  });
});

describe('the router: Link and NavLink', () => {
  it('renders the href, with ?search and #hash, from a string or an object', () => {
    renderAt(
      '/courses',
      <>
        <Link to="/certificates#certificate-1">hash</Link>
        <Link to="/courses?category=email&q=a">search</Link>
        <Link to={{ pathname: '/courses', search: 'category=email', hash: 'top' }}>object</Link>
        <Link to="?q=b">search only</Link>
        <Link to="//elsewhere.example/x">double slash</Link>
      </>,
    );
    const href = (name: string) => screen.getByRole('link', { name }).getAttribute('href');
    expect(href('hash')).toBe('/certificates#certificate-1');
    expect(href('search')).toBe('/courses?category=email&q=a');
    expect(href('object')).toBe('/courses?category=email#top');
    expect(href('search only')).toBe('/courses?q=b');
    expect(href('double slash')).toBe('/elsewhere.example/x'); // never another site
  });

  it('navigates on a plain left click, passing state, and the other props reach the <a>', () => {
    const { url, handle, go } = renderAt(
      '/',
      <>
        <Table />
        <Link to="/courses/c-1?tab=outline" state={{ from: 'home' }} className="btn" aria-label="The course" rel="next">
          open
        </Link>
      </>,
    );
    const link = screen.getByRole('link', { name: 'The course' });
    expect(link.className).toBe('btn');
    expect(link.getAttribute('rel')).toBe('next');

    expect(click(link)).toBe(true);
    expect(url()).toBe('/courses/c-1?tab=outline');
    expect(handle.location?.state).toEqual({ from: 'home' });
    expect(page()).toBe('course {"courseId":"c-1"}');

    go(-1);
    expect(url()).toBe('/');
    expect(handle.location?.state).toBeNull();
  });

  it.each([
    ['ctrl', { ctrlKey: true }],
    ['meta', { metaKey: true }],
    ['shift', { shiftKey: true }],
    ['alt', { altKey: true }],
    ['middle button', { button: 1 }],
  ])('leaves a %s click to the browser', (_name, init) => {
    const { url } = renderAt('/', <Link to="/courses">courses</Link>);
    expect(click(screen.getByRole('link'), init)).toBe(false);
    expect(url()).toBe('/');
  });

  it('leaves clicks on a link with a target or download to the browser, and respects onClick preventing them', () => {
    const onClick = jest.fn((event: { preventDefault(): void }) => event.preventDefault());
    const { url } = renderAt(
      '/',
      <>
        <Link to="/a" target="_blank">
          tab
        </Link>
        <Link to="/b" download="b.pdf">
          file
        </Link>
        <Link to="/c" target="_self">
          self
        </Link>
        <Link to="/d" onClick={onClick}>
          prevented
        </Link>
      </>,
    );
    expect(click(screen.getByRole('link', { name: 'tab' }))).toBe(false);
    expect(click(screen.getByRole('link', { name: 'file' }))).toBe(false);
    expect(url()).toBe('/');
    click(screen.getByRole('link', { name: 'prevented' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(url()).toBe('/');
    expect(click(screen.getByRole('link', { name: 'self' }))).toBe(true);
    expect(url()).toBe('/c');
  });

  it('replaces the entry when the link is to the page already shown (unless told otherwise)', () => {
    const { Probe, url, go } = probe();
    render(
      <MemoryRouter initialEntries={['/start', '/here']}>
        <Link to="/here">same</Link>
        <Link to="/here" replace={false}>
          push
        </Link>
        <Link to="/there" replace>
          replace
        </Link>
        <Probe />
      </MemoryRouter>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'same' }));
    go(-1);
    expect(url()).toBe('/start');

    go(1);
    fireEvent.click(screen.getByRole('link', { name: 'push' }));
    go(-1);
    expect(url()).toBe('/here');

    fireEvent.click(screen.getByRole('link', { name: 'replace' }));
    expect(url()).toBe('/there');
    go(-1);
    expect(url()).toBe('/start');
  });

  function Nav() {
    return (
      <nav>
        <NavLink className="nav__link" to="/" end>
          home
        </NavLink>
        <NavLink className="nav__link" to="/courses">
          courses
        </NavLink>
        <NavLink to="/course">prefix</NavLink>
        <NavLink to="/">root</NavLink>
        <NavLink to="/courses" end>
          courses exactly
        </NavLink>
      </nav>
    );
  }
  const current = () =>
    screen
      .getAllByRole('link')
      .filter((link) => link.getAttribute('aria-current') === 'page')
      .map((link) => `${link.textContent}: ${link.className}`);

  it('marks a NavLink aria-current="page" and active, below its path unless `end`', () => {
    const { go } = renderAt('/', <Nav />);
    expect(current()).toEqual(['home: nav__link active', 'root: active']);
    expect(screen.getByRole('link', { name: 'courses' }).className).toBe('nav__link');

    go('/courses');
    expect(current()).toEqual(['courses: nav__link active', 'courses exactly: active']);

    go('/courses/c-1/lessons/l-2');
    // "/" is active only on "/", even without `end`; "/course" is not a parent of "/courses".
    expect(current()).toEqual(['courses: nav__link active']);

    go('/COURSES/c-1');
    expect(current()).toEqual(['courses: nav__link active']);
  });
});

describe('the router: navigating', () => {
  it('<Navigate> redirects with replace and state, so back skips the page that redirected', () => {
    function Guard() {
      const { pathname } = useLocation();
      return <Navigate to="/login" replace state={{ from: pathname }} />;
    }
    function Login() {
      return <p data-testid="page">{`login from ${(useLocation().state as { from: string }).from}`}</p>;
    }
    const { Probe, url, go } = probe();
    render(
      <MemoryRouter initialEntries={['/start', '/private']}>
        <Routes>
          <Route path="/private" element={<Guard />} />
          <Route path="/login" element={<Login />} />
          <Route path="/start" element={<p data-testid="page">start</p>} />
        </Routes>
        <Probe />
      </MemoryRouter>,
    );
    expect(page()).toBe('login from /private');
    expect(url()).toBe('/login');
    go(-1);
    expect(url()).toBe('/start');
  });

  it('navigate(to, { state }) then navigate(-1) in MemoryRouter; going past either end stays put', () => {
    const { url, handle, go } = renderAt('/');
    go('/courses', { state: { n: 1 } });
    go('/courses/c-1');
    expect(url()).toBe('/courses/c-1');
    go(-1);
    expect(url()).toBe('/courses');
    expect(handle.location?.state).toEqual({ n: 1 });
    go(-5);
    expect(url()).toBe('/');
    expect(handle.location?.key).toBe('default');
    go(1);
    go(1);
    go(1);
    expect(url()).toBe('/courses/c-1');
    // A new entry drops the ones forward of it.
    go(-2);
    go('/login');
    go(1);
    expect(url()).toBe('/login');
  });

  it('keeps navigate the same function across navigations', () => {
    const { handle, go } = renderAt('/');
    const first = handle.navigate;
    go('/courses');
    expect(handle.navigate).toBe(first);
  });

  it('useSearchParams reads ?search and sets it on the same path, pushing or replacing', () => {
    let set: ReturnType<typeof useSearchParams>[1] = () => {};
    function Filter() {
      const [params, setParams] = useSearchParams();
      set = setParams;
      return <p data-testid="page">{`category=${params.get('category')} q=${params.get('q')}`}</p>;
    }
    const { Probe, url, go } = probe();
    render(
      <MemoryRouter initialEntries={['/start', '/courses?q=mail#top']}>
        <Filter />
        <Probe />
      </MemoryRouter>,
    );
    expect(page()).toBe('category=null q=mail');

    act(() =>
      set((current) => {
        current.set('category', 'email');
        return current;
      }),
    );
    expect(url()).toBe('/courses?q=mail&category=email'); // the #hash goes, as with react-router
    expect(page()).toBe('category=email q=mail');

    act(() => set(new URLSearchParams({ q: 'ລາວ' }), { replace: true }));
    expect(url()).toBe(`/courses?q=${encodeURIComponent('ລາວ')}`);
    expect(page()).toBe('category=null q=ລາວ');
    go(-1); // the replaced entry is gone: back to the one before it
    expect(url()).toBe('/courses?q=mail#top');

    act(() => set(new URLSearchParams()));
    expect(url()).toBe('/courses');
  });

  it('keeps the current screen while the next route loads, as react-router does (transitions)', async () => {
    let load: (module: { default: ComponentType }) => void = () => {};
    const Later = lazy(() => new Promise<{ default: ComponentType }>((resolve) => (load = resolve)));
    render(
      <MemoryRouter initialEntries={['/']}>
        <Suspense fallback={<p>loading</p>}>
          <Routes>
            <Route path="/" element={<Link to="/later">go</Link>} />
            <Route path="/later" element={<Later />} />
          </Routes>
        </Suspense>
      </MemoryRouter>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'go' }));
    expect(screen.getByRole('link', { name: 'go' })).toBeTruthy();
    expect(screen.queryByText('loading')).toBeNull();
    await act(async () => load({ default: () => <p>later</p> }));
    expect(screen.getByText('later')).toBeTruthy();
  });

  it('does not miss a navigation made in a layout effect before the router listens', () => {
    function Redirect() {
      const navigate = useNavigate();
      useLayoutEffect(() => navigate('/there', { replace: true }), [navigate]);
      return null;
    }
    const { Probe, url } = probe();
    render(
      <MemoryRouter>
        <Redirect />
        <Probe />
      </MemoryRouter>,
    );
    expect(url()).toBe('/there');
  });

  it('throws a clear error outside a router', () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Link to="/">home</Link>)).toThrow('No <BrowserRouter> or <MemoryRouter> above');
    quiet.mockRestore();
  });
});

describe('the router: BrowserRouter', () => {
  let scrollTo: ReturnType<typeof jest.fn>;
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    scrollTo = jest.fn();
    window.scrollTo = scrollTo as unknown as typeof window.scrollTo;
  });
  afterEach(() => window.history.replaceState(null, '', '/'));

  function renderBrowser() {
    const { Probe, ...rest } = probe();
    const view = render(
      <BrowserRouter>
        <Table />
        <Link to="/courses/c-1" state={{ from: 'home' }}>
          course
        </Link>
        <Link to="/courses/c-1?tab=2">same page, other search</Link>
        <Link to="/certificates#certificate-1">certificate</Link>
        <Probe />
      </BrowserRouter>,
    );
    return { ...view, ...rest };
  }

  it('starts at the address bar and pushes to window.history, with its state', () => {
    window.history.replaceState(null, '', '/courses?category=email#x');
    const { url, handle } = renderBrowser();
    expect(url()).toBe('/courses?category=email#x');
    expect(handle.location).toMatchObject({ state: null, key: 'default' });

    fireEvent.click(screen.getByRole('link', { name: 'course' }));
    expect(window.location.pathname).toBe('/courses/c-1');
    expect(window.history.state).toMatchObject({ usr: { from: 'home' } });
    expect(handle.location).toMatchObject({ pathname: '/courses/c-1', state: { from: 'home' }, key: window.history.state.key });
    expect(page()).toBe('course {"courseId":"c-1"}');
  });

  it('follows the back and forward buttons (popstate)', async () => {
    const { url, handle } = renderBrowser();
    fireEvent.click(screen.getByRole('link', { name: 'course' }));
    expect(url()).toBe('/courses/c-1');

    // As the browser does on back: the URL and state change first, then popstate.
    act(() => {
      window.history.replaceState({ usr: { n: 2 }, key: 'k2' }, '', '/verify/ABC');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(url()).toBe('/verify/ABC');
    expect(handle.location).toMatchObject({ state: { n: 2 }, key: 'k2' });
    expect(page()).toBe('verify {"code":"ABC"}');

    // And jsdom's own history traversal, through navigate(-1).
    act(() => handle.navigate!('/login'));
    expect(url()).toBe('/login');
    act(() => handle.navigate!(-1));
    await waitFor(() => expect(url()).toBe('/verify/ABC'));
  });

  it('scrolls to the top on going to another page, not on back, a new ?search or a #hash', async () => {
    const { handle } = renderBrowser();
    expect(scrollTo).not.toHaveBeenCalled(); // the first page

    fireEvent.click(screen.getByRole('link', { name: 'course' }));
    expect(scrollTo).toHaveBeenCalledTimes(1);
    expect(scrollTo).toHaveBeenCalledWith(0, 0);

    fireEvent.click(screen.getByRole('link', { name: 'same page, other search' }));
    expect(window.location.search).toBe('?tab=2');
    fireEvent.click(screen.getByRole('link', { name: 'certificate' }));
    expect(window.location.pathname).toBe('/certificates');
    act(() => handle.navigate!(-1));
    await waitFor(() => expect(window.location.pathname).toBe('/courses/c-1'));
    expect(scrollTo).toHaveBeenCalledTimes(1);

    // A redirect (replace) to another page starts at the top too.
    act(() => handle.navigate!('/login', { replace: true }));
    expect(scrollTo).toHaveBeenCalledTimes(2);
  });

  it('stops listening once unmounted', () => {
    const { unmount, handle } = renderBrowser();
    const last = handle.location;
    unmount();
    window.history.pushState(null, '', '/courses');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(handle.location).toBe(last);
  });
});
