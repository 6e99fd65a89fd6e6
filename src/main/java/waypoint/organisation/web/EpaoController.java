package waypoint.organisation.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.shared.web.FormErrors;
import waypoint.identity.CurrentUser;
import waypoint.organisation.EpaoDetails;
import waypoint.organisation.internal.ListRequest;
import waypoint.organisation.internal.epao.EpaoService;
import waypoint.organisation.internal.epao.EpaoView;
import waypoint.shared.web.FieldValidationException;

/** End-point assessment organisations: a searchable list, a record page, and forms for administrators. */
@Controller
@RequestMapping("/epaos")
class EpaoController {

    private final EpaoService epaos;

    EpaoController(EpaoService epaos) {
        this.epaos = epaos;
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort, Model model) {
        ListRequest request = ListRequest.of(q, page, null, sort);
        model.addAttribute("page", epaos.list(user, request));
        model.addAttribute("q", request.q());
        model.addAttribute("links", new ListLinks("/epaos", Map.of("q", q == null ? "" : q), epaos.sortOf(request)));
        model.addAttribute("canChange", epaos.mayChange(user));
        return "organisation/epaos";
    }

    @GetMapping("/new")
    String add(CurrentUser user, Model model) {
        Access.require(epaos.mayChange(user));
        return form(model, new EpaoDetails(null, null, null, null, null), null);
    }

    @PostMapping("/new")
    String create(CurrentUser user, @ModelAttribute("form") EpaoDetails form, BindingResult result, Model model) {
        try {
            return "redirect:/epaos/" + epaos.create(user, form) + "?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}")
    String view(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("epao", epaos.view(user, id));
        model.addAttribute("canChange", epaos.mayChange(user));
        return "organisation/epao";
    }

    @GetMapping("/{id}/edit")
    String edit(CurrentUser user, @PathVariable UUID id, Model model) {
        Access.require(epaos.mayChange(user));
        EpaoView epao = epaos.view(user, id);
        return form(model, new EpaoDetails(epao.name(), epao.epaoId(), epao.contactName(), epao.contactEmail(),
                epao.contactPhone()), epao);
    }

    @PostMapping("/{id}/edit")
    String change(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") EpaoDetails form,
            BindingResult result, Model model) {
        try {
            epaos.change(user, id, form);
            return "redirect:/epaos/" + id + "?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return form(model, form, epaos.view(user, id));
        }
    }

    private String form(Model model, EpaoDetails form, EpaoView epao) {
        model.addAttribute("form", form);
        model.addAttribute("epao", epao);
        return "organisation/epao-form";
    }
}
