import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MapStatusNotice } from '../../src/app/MapStatusNotice';
import { setMapStatus } from '../../src/state/ui-store';

describe('MapStatusNotice', () => {
  it('says the map is loading until it is ready, then gets out of the way', () => {
    setMapStatus({ kind: 'loading' });
    const { rerender } = render(<MapStatusNotice />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the map');
    setMapStatus({ kind: 'ready' });
    rerender(<MapStatusNotice />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('explains a missing basemap and offers a reload', () => {
    setMapStatus({ kind: 'error', reason: 'basemap', detail: 'map data "countries" could not be loaded' });
    render(<MapStatusNotice />);
    expect(screen.getByRole('alert')).toHaveTextContent('The map data could not be loaded');
    expect(screen.getByRole('alert')).toHaveTextContent('countries');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('explains that the browser cannot draw the map without WebGL', () => {
    setMapStatus({ kind: 'error', reason: 'no-webgl', detail: 'Failed to initialize WebGL' });
    render(<MapStatusNotice />);
    expect(screen.getByRole('alert')).toHaveTextContent('This browser cannot draw the map');
  });
});
