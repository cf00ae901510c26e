import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import { MapStatusNotice } from '../../src/app/MapStatusNotice';

const inRouter = (url = '/') => ({ wrapper: ({ children }: { children: React.ReactNode }) => <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter> });
import { setMapStatus } from '../../src/state/ui-store';

describe('MapStatusNotice', () => {
  it('says the map is loading until it is ready, then gets out of the way', () => {
    setMapStatus({ kind: 'loading' });
    const { rerender } = render(<MapStatusNotice />, inRouter());
    expect(screen.getByRole('status')).toHaveTextContent('Loading the map');
    setMapStatus({ kind: 'ready' });
    rerender(<MapStatusNotice />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('explains a missing basemap and offers a reload', () => {
    setMapStatus({ kind: 'error', reason: 'basemap', detail: 'map data "region" could not be loaded' });
    render(<MapStatusNotice />, inRouter());
    expect(screen.getByRole('alert')).toHaveTextContent('The map data could not be loaded');
    expect(screen.getByRole('alert')).toHaveTextContent('region');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('explains that the browser cannot draw the map without WebGL', () => {
    setMapStatus({ kind: 'error', reason: 'no-webgl', detail: 'Failed to initialize WebGL' });
    render(<MapStatusNotice />, inRouter());
    expect(screen.getByRole('alert')).toHaveTextContent('This browser cannot draw the map');
  });

  it('speaks the language in the URL', () => {
    setMapStatus({ kind: 'error', reason: 'basemap', detail: 'x' });
    render(<MapStatusNotice />, inRouter('/?lang=ru'));
    expect(screen.getByRole('alert')).toHaveTextContent('Не удалось загрузить данные карты');
    expect(screen.getByRole('button', { name: 'Перезагрузить' })).toBeInTheDocument();
  });
});
