import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, Title3 } from "@fluentui/react-components";

function mount(): void {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Title3>CBAM and Zero-Carbon Park</Title3>
    </FluentProvider>,
  );
}

Office.onReady(() => mount());
