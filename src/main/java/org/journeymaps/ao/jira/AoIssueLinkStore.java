package org.journeymaps.ao.jira;

import org.journeymaps.ao.kernel.Rows;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.journeymaps.app.jira.IssueLinkStore;
import org.journeymaps.domain.jira.IssueLink;

/** The issue-link port over Active Objects; runs inside the repository's transactions. */
@Named
public class AoIssueLinkStore implements IssueLinkStore {
    private final IssueLinkRows links;
    private final IssueRequestRows requests;

    @Inject
    public AoIssueLinkStore(@ComponentImport ActiveObjects ao) {
        Rows rows = new Rows(ao);
        this.links = new IssueLinkRows(rows);
        this.requests = new IssueRequestRows(rows);
    }

    @Override
    public List<IssueLink> linksOfMap(long mapId) {
        return links.ofMap(mapId);
    }

    @Override
    public List<IssueLink> linksOfCard(long cardId) {
        return links.ofCard(cardId);
    }

    @Override
    public long insertLink(long mapId, IssueLink link) {
        return links.insert(mapId, link);
    }

    @Override
    public void deleteLink(long linkId) {
        links.delete(linkId);
    }

    @Override
    public void updateSync(Collection<IssueLink> changed) {
        links.updateSync(changed);
    }

    @Override
    public Optional<IssueRequest> findRequest(long cardId, String requestId) {
        return requests.find(cardId, requestId);
    }

    @Override
    public void insertRequest(IssueRequest request) {
        requests.insert(request);
    }

    @Override
    public void completeRequest(long cardId, String requestId, String issueKey) {
        requests.complete(cardId, requestId, issueKey);
    }
}
