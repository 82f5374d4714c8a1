// Devhost's stand-in for the WRM's context-path web resource: AJS.contextPath() from the page's meta tag.
(function () {
    var meta = document.querySelector('meta[name="ajs-context-path"]');
    var path = meta ? meta.getAttribute('content') : '';
    window.AJS = window.AJS || {};
    window.AJS.contextPath = function () {
        return path;
    };
})();
