"""The CSS and JavaScript the dashboard injects, each with the reason it is there.

Plain strings: dashboard.py places them with st.html. Each works around one behaviour of
Streamlit's own elements; none carries document text.
"""

# Streamlit shows a code block's copy button only while the pointer is over it; in the link panel
# it is the point, so it stays visible (a keyboard or touch user has no hover).
SHOW_COPY_BUTTONS = """<style>
.st-key-share [data-testid="stCode"] * { visibility: visible !important; opacity: 1 !important; }
</style>"""
# Below 1,200 px the statements go under the chart instead of beside it: beside a sidebar at
# 1,024 px the chart had 322 px. The chart side is keyed, so only that row of columns wraps.
STACK_BELOW_1200 = """<style>
@media (max-width: 1200px) {
  [data-testid="stHorizontalBlock"]:has(> [data-testid="stColumn"] .st-key-chart_side) {
    flex-wrap: wrap;
  }
  [data-testid="stHorizontalBlock"]:has(> [data-testid="stColumn"] .st-key-chart_side)
    > [data-testid="stColumn"] { flex: 1 1 100% !important; min-width: 100% !important; }
}
</style>"""
# One observer for the page's life: the drop zone is redrawn on reruns, after this script runs.
DROPZONE_ROLE_FIX = """<script>
if (!window.tierwatchDropzoneFix) {
  const fix = () => document
    .querySelectorAll('[data-testid="stFileUploaderDropzone"][role="presentation"]')
    .forEach((zone) => zone.removeAttribute("role"));
  new MutationObserver(fix).observe(document.body, {
    subtree: true, childList: true, attributes: true, attributeFilter: ["role"],
  });
  window.tierwatchDropzoneFix = true;
  fix();
}
</script>"""


__all__ = ["DROPZONE_ROLE_FIX", "SHOW_COPY_BUTTONS", "STACK_BELOW_1200"]
