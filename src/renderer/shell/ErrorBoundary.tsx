import { Alert, Button, Code, Stack } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Keeps one broken screen from blanking the whole window; offers a way back. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('界面出错', error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <Alert color="red" title="此页面出现错误" m="lg">
        <Stack>
          界面遇到意外错误，已输入但未保存的内容可能丢失。请返回后重试；如反复出现，请把下面的信息告诉管理员。
          <Code block>{this.state.error.message}</Code>
          <Button
            variant="light"
            w="fit-content"
            onClick={() => {
              this.setState({ error: null });
              window.location.hash = '#/';
            }}
          >
            返回工作台
          </Button>
        </Stack>
      </Alert>
    );
  }
}
