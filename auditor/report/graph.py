"""Draws the provenance derivation graph as a PNG (matplotlib, Agg backend, networkx layout).

Articles are nodes labelled with id, outlet and date; a solid arrow runs from original to
derivative when the direction is known; undirected links and same-story links are dashed lines.
"""

from __future__ import annotations

from io import BytesIO

import matplotlib

matplotlib.use("Agg")  # no display: render to memory only

import matplotlib.pyplot as plt  # the backend must be chosen before pyplot is imported
import networkx as nx

from auditor.models import AuditReport

MAX_NODES = 120
_COLOURS = {"copy": "#c0392b", "rewrite": "#d35400", "same_story": "#7f8c8d"}


def _label(article_id: str, outlet: str | None, published: str | None) -> str:
    lines = [article_id if len(article_id) <= 14 else article_id[:13] + "…"]
    if outlet:
        lines.append(outlet[:16])
    lines.append(published or "date unknown")
    return "\n".join(lines)


def derivation_graph_png(report: AuditReport) -> bytes | None:
    """The derivation graph of ``report.provenance`` as PNG bytes; None when there is no link to draw."""
    provenance = report.provenance
    if provenance is None or not provenance.links:
        return None
    audits = {a.id: a for a in report.articles}
    links = list(provenance.links)
    note = ""
    if len({n for link in links for n in (link.source, link.target)}) > MAX_NODES:
        # A readable picture beats a complete one: keep derivations, then the first articles.
        links = [link for link in links if link.relation != "same_story"]
        keep: set[str] = set()
        for link in links:
            if len(keep | {link.source, link.target}) <= MAX_NODES:
                keep |= {link.source, link.target}
        links = [link for link in links if link.source in keep and link.target in keep]
        note = f" (first {len(keep)} articles with copy/rewrite links)"
        if not links:
            return None
    graph = nx.DiGraph()
    for link in links:
        for node in (link.source, link.target):
            audit = audits.get(node)
            graph.add_node(
                node, label=_label(node, audit.outlet if audit else None, audit.published if audit else None)
            )
        graph.add_edge(link.source, link.target, link=link)
    size = max(6.0, min(16.0, 2.0 + 1.2 * graph.number_of_nodes()))
    fig, ax = plt.subplots(figsize=(size, size * 0.75), dpi=100)
    try:
        pos = nx.spring_layout(graph.to_undirected(), seed=7, k=2.0 / max(1, graph.number_of_nodes()) ** 0.5)
        nx.draw_networkx_nodes(graph, pos, ax=ax, node_color="#d6eaf8", edgecolors="#2e86c1", node_size=3400)
        nx.draw_networkx_labels(graph, pos, ax=ax, labels=nx.get_node_attributes(graph, "label"), font_size=7)
        for u, v, data in graph.edges(data=True):
            link = data["link"]
            directed = link.directed and link.relation != "same_story"
            nx.draw_networkx_edges(
                graph,
                pos,
                ax=ax,
                edgelist=[(u, v)],
                arrows=True,  # always patches, so dashed and solid edges are drawn alike
                arrowstyle="-|>" if directed else "-",
                arrowsize=18,
                style="solid" if directed else "dashed",
                edge_color=_COLOURS[link.relation],
                width=1.0 + 2.0 * link.similarity,
                node_size=3400,
            )
        edge_labels = {
            (u, v): f"{d['link'].relation} {d['link'].similarity:.2f}" for u, v, d in graph.edges(data=True)
        }
        nx.draw_networkx_edge_labels(graph, pos, ax=ax, edge_labels=edge_labels, font_size=7)
        ax.set_title(
            "Derivation graph"
            + note
            + "\narrow: original -> derivative; dashed: direction unknown or same story",
            fontsize=9,
        )
        ax.margins(0.12)  # room for the nodes at the edges
        ax.set_axis_off()
        fig.tight_layout()
        buffer = BytesIO()
        fig.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        plt.close(fig)
