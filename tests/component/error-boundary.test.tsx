import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from 'react-router';
import { AppErrorBoundary } from '../../src/app/ErrorBoundary';
import { ru } from '../../src/i18n/ru';

function Broken(): never {
  throw new Error('content index is missing');
}

describe('AppErrorBoundary', () => {
  afterEach(() => vi.restoreAllMocks());

  it('replaces a page that cannot render with a message saying why and a link back to the map', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <MemoryRouter initialEntries={['/sites/khmeimim?lang=ru']}>
        <AppErrorBoundary>
          <Broken />
        </AppErrorBoundary>
      </MemoryRouter>,
    );
    // In the reader's language (here Russian, from the URL), with the error's own words.
    expect(screen.getByRole('alert')).toHaveTextContent(ru['error.title']);
    expect(screen.getByRole('alert')).toHaveTextContent('content index is missing');
    expect(screen.getByRole('link', { name: ru['error.back'] })).toHaveAttribute('href', `${window.location.origin}/`);
    expect(logged).toHaveBeenCalled();
  });

  it('shows the app itself when nothing fails', () => {
    render(
      <AppErrorBoundary>
        <p>the map</p>
      </AppErrorBoundary>,
    );
    expect(screen.getByText('the map')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
