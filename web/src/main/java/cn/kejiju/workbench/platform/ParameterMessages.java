package cn.kejiju.workbench.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/**
 * What the page's address said that the page could not take (a malformed day in {@code ?from=}): the messages
 * of its view parameters, each naming the parameter of the address it is about, which the layout shows above the
 * title with the page's errors (those are global only, so a view parameter's message would otherwise be shown
 * nowhere). The list is then shown unfiltered by it.
 */
@Named
@RequestScoped
public class ParameterMessages {

    @Inject
    PageMessages texts;

    /** The messages of the view's parameters, in their order. */
    public List<FacesMessage> getMessages() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getViewRoot() == null) {
            return List.of();
        }
        List<FacesMessage> messages = new ArrayList<>();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(context.getViewRoot())) {
            for (FacesMessage message : context.getMessageList(parameter.getClientId(context))) {
                String text = texts.text("page.parameter", parameter.getName(), message.getSummary());
                messages.add(new FacesMessage(message.getSeverity(), text, text));
            }
        }
        return messages;
    }
}
