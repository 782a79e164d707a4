import { Component, type ReactNode } from 'react';

interface Props {
  what: string;
  children: ReactNode;
}

/**
 * A drawing error in one view (an answer shaped in a way nobody foresaw) says so in place
 * instead of blanking the whole window; the tabs and the rest of the app keep working.
 * Give it a key that changes with the data, so new data gets a fresh try.
 */
export class DrawErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <p role="alert" className="error-note pad">
        Parallax could not show {this.props.what}: {this.state.error.message}
      </p>
    );
  }
}
