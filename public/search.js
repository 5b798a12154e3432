// Search page enhancement: Pagefind's UI over the site's own index. A file of
// its own, not an inline script, so the Content-Security-Policy can forbid
// inline script on every page. Settings come from data attributes on #search.
(function () {
  var root = document.getElementById('search');
  if (!root || typeof PagefindUI === 'undefined') return; // index not built: keep the plain form
  var form = document.getElementById('search-fallback');
  // The UI's stylesheet is fetched here rather than by a <link> in the head, so the page's
  // text paints without waiting for it; the UI appears once its styles have arrived.
  var css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = root.dataset.css;
  css.onload = css.onerror = start;
  document.head.appendChild(css);

  function start() {
    var search = new PagefindUI({
      element: '#search',
      bundlePath: root.dataset.bundlePath,
      baseUrl: root.dataset.baseUrl,
      showSubResults: true,
      showImages: false,
      showEmptyFilters: false,
      resetStyles: false,
      translations: {
        placeholder: root.dataset.placeholder || '输入关键词',
        search_label: '搜索本站内容',
        filters_label: '按栏目筛选',
        zero_results: '未找到与“[SEARCH_TERM]”相关的内容',
        many_results: '找到 [COUNT] 个与“[SEARCH_TERM]”相关的结果',
        one_result: '找到 [COUNT] 个与“[SEARCH_TERM]”相关的结果',
        searching: '正在搜索“[SEARCH_TERM]”……',
        load_more: '加载更多结果',
        clear_search: '清除',
      },
    });
    form.hidden = true;
    var q = new URLSearchParams(location.search).get('q');
    if (q) search.triggerSearch(q);
  }
})();
