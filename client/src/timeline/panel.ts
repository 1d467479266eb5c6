import * as vscode from 'vscode';
import { TimelineRequest, type TimelineModel } from '../../../server/src/protocol';
import { toRange, type LanguageServer } from '../languageServer';
import { createNonce, isOpenClaimMessage, timelineHtml } from './html';

// The Timeline webview: one panel, redrawn when the index changes; clicking a claim opens its article.

export const TIMELINE_VIEW_TYPE = 'articleLens.timeline';

export class TimelinePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The model the page was drawn from: a click names indexes into it. */
  private model: TimelineModel = { events: [], omittedClaims: 0 };
  private html: string | undefined;

  constructor(private readonly server: LanguageServer) {}

  async show(preserveFocus = false): Promise<void> {
    if (this.panel) this.panel.reveal(undefined, preserveFocus);
    else {
      this.panel = vscode.window.createWebviewPanel(
        TIMELINE_VIEW_TYPE,
        'Article Lens: Timeline',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus },
        // Scripts for clicks only; the page loads nothing, not even local files.
        { enableScripts: true, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message: unknown) => void this.openClaim(message));
    }
    await this.refresh();
  }

  /** Redraws an open panel from a fresh model. */
  async refresh(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    this.model = await this.fetchModel();
    this.html = timelineHtml(this.model, { cspSource: panel.webview.cspSource, nonce: createNonce() });
    panel.webview.html = this.html;
  }

  fetchModel(): Promise<TimelineModel> {
    return this.server.request<TimelineModel>(TimelineRequest, null, { events: [], omittedClaims: 0 });
  }

  lastHtml(): string | undefined {
    return this.html;
  }

  private async openClaim(message: unknown): Promise<void> {
    if (!isOpenClaimMessage(message)) return;
    const claim = this.model.events[message.event]?.claims[message.claim];
    if (!claim) return;
    // Beside the timeline, not in its place.
    const viewColumn = this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    const range = toRange(claim.range);
    await vscode.window.showTextDocument(vscode.Uri.parse(claim.uri), { selection: range, viewColumn });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
