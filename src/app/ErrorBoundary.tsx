import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  readonly children: ReactNode;
  /** Puts the app back into a state known to work (the built-in dataset, no choices). */
  readonly onRecover: () => void;
}

/**
 * A view that fails to render shows what happened and a way back, instead of a blank page. Bad data is
 * normally stopped at validation; this is the last line for what slipped through.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('A view failed to render:', error, info.componentStack);
  }

  private recover = () => {
    this.props.onRecover();
    this.setState({ error: null });
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-panel" role="alert">
        <h2>This view could not be shown</h2>
        <p>Something in the data or the page’s state broke it: {this.state.error.message}</p>
        <button type="button" className="action-button" onClick={this.recover}>
          Back to the built-in dataset
        </button>
      </div>
    );
  }
}
